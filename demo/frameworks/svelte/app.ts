// Mounts the Svelte 5 demo (App.svelte) the way the other framework demos mount theirs.
import {mount as mountSvelte, unmount} from 'svelte';
import App from './App.svelte';
import type {Mount} from '../shared.js';

export const mount: Mount = (container) => {
  const app = mountSvelte(App, {target: container});
  return () => void unmount(app);
};
