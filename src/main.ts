/** Entry point of the full-page app. */
import './app/fonts.css';
import './app/styles.css';
import './app/page.css';
import App from './app/App.svelte';
import { startApp } from './app/first-view';

void startApp(App, {});
