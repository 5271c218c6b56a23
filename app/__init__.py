"""Gradio web UI (importable as paperqa_mat.app)."""
