() => {
  // Citation chips: clicking one shows the cited passage and page in the source panel.
  if (window.__pqmChips) return;
  window.__pqmChips = true;
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const show = (chip) => {
    const panel = document.querySelector('#pqm-source .pqm-source-body');
    if (!panel) return false;
    const d = chip.dataset;
    document.querySelectorAll('a.pqm-chip.pqm-active').forEach((c) => c.classList.remove('pqm-active'));
    chip.classList.add('pqm-active');
    panel.replaceChildren();
    const head = el('div', 'pqm-source-head');
    head.append(el('span', 'pqm-source-key', d.key), el('span', 'pqm-source-page', d.pages || ''));
    panel.append(head);
    if (d.title) panel.append(el('div', 'pqm-source-title', d.title));
    if (d.passage) panel.append(el('blockquote', 'pqm-passage', d.passage));
    else panel.append(el('div', 'pqm-source-empty', 'No passage was recorded for this citation; see the page below.'));
    const open = el('a', 'pqm-open', d.page ? `Open PDF at page ${d.page} ↗` : 'Open the file ↗');
    open.href = d.pdf;
    open.target = '_blank';
    open.rel = 'noopener';
    panel.append(open);
    if (d.img) {
      const img = el('img', 'pqm-page-img');
      img.src = d.img;
      img.alt = `Page ${d.page} of ${d.key}`;
      img.loading = 'lazy';
      img.onerror = () => img.remove();
      panel.append(img);
    }
    panel.closest('#pqm-source')?.scrollIntoView({block: 'nearest'});
    return true;
  };
  document.addEventListener('click', (ev) => {
    const chip = ev.target.closest ? ev.target.closest('a.pqm-chip') : null;
    if (!chip) return;
    if (show(chip)) ev.preventDefault();  // no panel (other tab): follow the link to the PDF page
  }, true);
}
