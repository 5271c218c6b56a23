"""One module per tab. Each tab module defines:

- ``TITLE: str`` — the tab label;
- ``ORDER: int`` — position (lower first);
- ``build(state: paperqa_mat.app.state.AppState) -> None`` — builds its Gradio components; called
  inside ``with gr.Tab(TITLE):`` by ``app/main.py``.

Adding a tab means adding a module here; no other file changes.
"""
