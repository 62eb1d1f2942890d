// One widget, full width, for an <iframe>: embed.html?widget=sqrt-d-explorer&d=64&theme=dark.
// Every other query parameter becomes an attribute of the widget. The page posts its height to
// the parent as {type: 'attention-widgets:height', height, widget, id} so the frame can be sized.
// It loads the built bundle (dist/, as in the npm package and after `npm start`), or the
// TypeScript sources through the dev server when nothing is built yet.
const loaded = import('../dist/attention-widgets.bundle.js').catch(() => import('../src/index.ts'));

const widgets = ['attention-stepper', 'sqrt-d-explorer', 'causal-mask-view', 'attention-quiz'];
const params = new URLSearchParams(location.search);
const tag = params.get('widget') ?? '';
const root = document.getElementById('root');
const frameId = params.get('frame') ?? '';

function post() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  parent.postMessage({type: 'attention-widgets:height', height, widget: tag, id: frameId}, '*');
}

loaded.then(render, (e) => {
  root.querySelector('#message').textContent = `The widgets could not be loaded: ${e.message}`;
  post();
});

function render() {
  if (!widgets.includes(tag)) {
    root.querySelector('#message').textContent =
      `Unknown widget "${tag}". Use ?widget= with one of: ${widgets.join(', ')}.`;
  } else {
    const el = document.createElement(tag);
    for (const [name, value] of params) {
      if (name === 'widget' || name === 'frame') continue;
      // Only plain attribute names; values are set as text, never parsed as markup.
      if (/^[a-z][a-z0-9-]*$/.test(name)) el.setAttribute(name, value);
    }
    root.replaceChildren(el);
  }
}
new ResizeObserver(post).observe(document.documentElement);
addEventListener('load', post);
