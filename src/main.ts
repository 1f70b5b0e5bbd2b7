/** Entry point of the full-page app. */
import { mount } from 'svelte';
import './app/fonts.css';
import './app/styles.css';
import './app/page.css';
import App from './app/App.svelte';

mount(App, { target: document.getElementById('app')! });
