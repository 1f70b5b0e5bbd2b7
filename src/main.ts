/** Entry point of the full-page app. */
import { mount } from 'svelte';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/latin-400.css';
import './app/styles.css';
import App from './app/App.svelte';

mount(App, { target: document.getElementById('app')! });
