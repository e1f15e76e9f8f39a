import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app.css';
import { App } from './App';
import { boot } from './boot';
import { registerServiceWorker } from '../io/app-update';
import { whenFirstScreenDone } from '../state/first-screen';
import { whenIdle } from '../state/after-paint';

// boot puts the design (the user's, or the sample) in the store, then the app renders.
void boot(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
// The offline copy's install fetches every file of the build: not while the first screen is being drawn.
void whenFirstScreenDone().then(() => {
  registerServiceWorker();
  // A first visit builds no schema to show the sample; build the document's while idle, so the first
  // file, template or link opened does not wait for it.
  whenIdle(() => void import('../domain/schema/design').then((m) => m.designSchema()));
});
