/**
 * <op-square-crop src="..."> shows an image with a square selection that can be moved and resized with a mouse,
 * a finger or a pen (pointer events) and with the keyboard (arrows move, +/- resize, Shift for bigger steps).
 * crop() draws the selection onto an output-size square canvas and fires "op-crop" with
 * detail {png: "data:image/png;base64,...", x, y, size} (x, y, size in the image's own pixels).
 * "op-crop-error" is fired when the image cannot be shown.
 */
const MIN_SIDE = 16;

class OpSquareCrop extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'output-size'];
  }

  constructor() {
    super();
    this._selection = null;
    this._drag = null;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; user-select: none; -webkit-user-select: none; }
        .stage { position: relative; display: inline-block; line-height: 0; overflow: hidden; touch-action: none;
          max-width: 100%; background: var(--lumo-contrast-10pct, #eee); border-radius: 4px; }
        img { display: block; max-width: 100%; max-height: var(--op-crop-max-height, 60vh); }
        .box { position: absolute; box-sizing: border-box; border: 2px solid #fff; cursor: move; outline: none;
          box-shadow: 0 0 0 9999px rgba(0, 0, 0, 0.5), 0 0 0 1px rgba(0, 0, 0, 0.6) inset; border-radius: 2px; }
        .box:focus-visible { border-color: var(--lumo-primary-color, #1676f3); }
        .box::after { content: ''; position: absolute; inset: 0; border-radius: 50%;
          border: 1px dashed rgba(255, 255, 255, 0.8); pointer-events: none; }
        .handle { position: absolute; width: 18px; height: 18px; background: #fff; border-radius: 50%;
          border: 2px solid var(--lumo-primary-color, #1676f3); box-sizing: border-box; }
        .nw { left: -10px; top: -10px; cursor: nwse-resize; }
        .ne { right: -10px; top: -10px; cursor: nesw-resize; }
        .sw { left: -10px; bottom: -10px; cursor: nesw-resize; }
        .se { right: -10px; bottom: -10px; cursor: nwse-resize; }
        .hidden { display: none; }
      </style>
      <div class="stage" part="stage">
        <img part="image" alt="">
        <div class="box hidden" part="selection" tabindex="0" role="slider"
             aria-label="Square selection: arrow keys move it, plus and minus change its size">
          <div class="handle nw" data-corner="nw"></div><div class="handle ne" data-corner="ne"></div>
          <div class="handle sw" data-corner="sw"></div><div class="handle se" data-corner="se"></div>
        </div>
      </div>`;
    this._stage = root.querySelector('.stage');
    this._img = root.querySelector('img');
    this._box = root.querySelector('.box');
    this._img.addEventListener('load', () => this._loaded());
    this._img.addEventListener('error', () => this._failed());
    this._box.addEventListener('pointerdown', (e) => this._start(e));
    this._box.addEventListener('pointermove', (e) => this._move(e));
    this._box.addEventListener('pointerup', (e) => this._end(e));
    this._box.addEventListener('pointercancel', (e) => this._end(e));
    this._box.addEventListener('keydown', (e) => this._key(e));
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'src' && value !== oldValue) {
      this.src = value;
    }
  }

  get src() {
    return this._img.getAttribute('src') || '';
  }

  set src(value) {
    this._selection = null;
    this._box.classList.add('hidden');
    if (value) {
      this._img.setAttribute('src', value);
    } else {
      this._img.removeAttribute('src');
    }
  }

  get outputSize() {
    const size = parseInt(this.getAttribute('output-size'), 10);
    return size > 0 ? size : 256;
  }

  /** The selection in the image's pixels, or null before the image has loaded. */
  get selection() {
    return this._selection ? { ...this._selection } : null;
  }

  _loaded() {
    const w = this._img.naturalWidth;
    const h = this._img.naturalHeight;
    const size = Math.min(w, h);
    this._selection = { x: Math.floor((w - size) / 2), y: Math.floor((h - size) / 2), size };
    this._box.classList.remove('hidden');
    this._render();
    this.dispatchEvent(new CustomEvent('op-crop-ready', { detail: { width: w, height: h } }));
  }

  _failed() {
    this._selection = null;
    this._box.classList.add('hidden');
    if (this.src) {
      this.dispatchEvent(new CustomEvent('op-crop-error', { detail: {} }));
    }
  }

  _render() {
    const s = this._selection;
    if (!s) {
      return;
    }
    const w = this._img.naturalWidth;
    const h = this._img.naturalHeight;
    this._box.style.left = `${(s.x / w) * 100}%`;
    this._box.style.top = `${(s.y / h) * 100}%`;
    this._box.style.width = `${(s.size / w) * 100}%`;
    this._box.style.height = `${(s.size / h) * 100}%`;
    this._box.setAttribute('aria-valuetext', `${Math.round(s.size)} pixels at ${Math.round(s.x)}, ${Math.round(s.y)}`);
  }

  /** Image pixels per screen pixel. */
  _scale() {
    const shown = this._img.getBoundingClientRect().width;
    return shown > 0 ? this._img.naturalWidth / shown : 1;
  }

  _start(e) {
    if (!this._selection || e.button > 0) {
      return;
    }
    e.preventDefault();
    this._box.focus();
    this._box.setPointerCapture(e.pointerId);
    this._drag = {
      id: e.pointerId,
      corner: e.target.dataset ? e.target.dataset.corner : undefined,
      startX: e.clientX,
      startY: e.clientY,
      from: { ...this._selection },
    };
  }

  _move(e) {
    const d = this._drag;
    if (!d || d.id !== e.pointerId) {
      return;
    }
    e.preventDefault();
    const k = this._scale();
    const dx = (e.clientX - d.startX) * k;
    const dy = (e.clientY - d.startY) * k;
    if (d.corner) {
      this._resize(d.from, d.corner, dx, dy);
    } else {
      this._place(d.from.x + dx, d.from.y + dy, d.from.size);
    }
  }

  _end(e) {
    if (this._drag && this._drag.id === e.pointerId) {
      this._drag = null;
      this._changed();
    }
  }

  /** Resizes from one corner while the opposite corner stays put. */
  _resize(from, corner, dx, dy) {
    const w = this._img.naturalWidth;
    const h = this._img.naturalHeight;
    const right = from.x + from.size;
    const bottom = from.y + from.size;
    const growth = { se: (dx + dy) / 2, nw: -(dx + dy) / 2, ne: (dx - dy) / 2, sw: (dy - dx) / 2 }[corner];
    const room = {
      se: Math.min(w - from.x, h - from.y),
      nw: Math.min(right, bottom),
      ne: Math.min(w - from.x, bottom),
      sw: Math.min(right, h - from.y),
    }[corner];
    const size = Math.max(Math.min(MIN_SIDE, room), Math.min(room, from.size + growth));
    const x = corner === 'nw' || corner === 'sw' ? right - size : from.x;
    const y = corner === 'nw' || corner === 'ne' ? bottom - size : from.y;
    this._selection = { x, y, size };
    this._render();
  }

  _place(x, y, size) {
    const w = this._img.naturalWidth;
    const h = this._img.naturalHeight;
    size = Math.max(Math.min(MIN_SIDE, w, h), Math.min(size, w, h));
    this._selection = {
      x: Math.min(Math.max(0, x), w - size),
      y: Math.min(Math.max(0, y), h - size),
      size,
    };
    this._render();
  }

  _key(e) {
    const s = this._selection;
    if (!s) {
      return;
    }
    const step = Math.max(1, Math.round(Math.min(this._img.naturalWidth, this._img.naturalHeight) / (e.shiftKey ? 10 : 50)));
    const moves = { ArrowLeft: [-step, 0, 0], ArrowRight: [step, 0, 0], ArrowUp: [0, -step, 0], ArrowDown: [0, step, 0],
      '+': [-step / 2, -step / 2, step], '=': [-step / 2, -step / 2, step], '-': [step / 2, step / 2, -step] };
    const m = moves[e.key];
    if (!m) {
      return;
    }
    e.preventDefault();
    this._place(s.x + m[0], s.y + m[1], s.size + m[2]);
    this._changed();
  }

  _changed() {
    const s = this.selection;
    if (s) {
      this.dispatchEvent(new CustomEvent('op-crop-change', { detail: s }));
    }
  }

  /** Draws the selection at output size and fires "op-crop" with the PNG as a data URL. */
  crop() {
    const s = this._selection;
    if (!s) {
      this.dispatchEvent(new CustomEvent('op-crop-error', { detail: {} }));
      return null;
    }
    const out = this.outputSize;
    let source = this._img;
    let sx = s.x;
    let sy = s.y;
    let side = s.size;
    // halve in steps first: one big reduction in a single drawImage aliases
    while (side / 2 >= out * 2) {
      const half = Math.round(side / 2);
      const step = document.createElement('canvas');
      step.width = half;
      step.height = half;
      const g = step.getContext('2d');
      g.imageSmoothingQuality = 'high';
      g.drawImage(source, sx, sy, side, side, 0, 0, half, half);
      source = step;
      sx = 0;
      sy = 0;
      side = half;
    }
    const canvas = document.createElement('canvas');
    canvas.width = out;
    canvas.height = out;
    const g = canvas.getContext('2d');
    g.imageSmoothingQuality = 'high';
    g.drawImage(source, sx, sy, side, side, 0, 0, out, out);
    const detail = { png: canvas.toDataURL('image/png'), x: Math.round(s.x), y: Math.round(s.y), size: Math.round(s.size) };
    this.dispatchEvent(new CustomEvent('op-crop', { detail }));
    return detail;
  }
}

if (!customElements.get('op-square-crop')) {
  customElements.define('op-square-crop', OpSquareCrop);
}
