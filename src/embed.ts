/** Entry point of the embed (embed.html): the same App, with compact chrome and the host bridge. */
import { mount } from 'svelte';
import './app/fonts.css';
import './app/styles.css';
import App from './app/App.svelte';

mount(App, { target: document.getElementById('app')!, props: { embedded: true } });
