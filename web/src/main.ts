/** The browser lab's entry: the simulation in a Web Worker, the lab on the page. */
import './styles.css';
import { createLab, type Lab } from './app.js';
import { WorkerTransport } from './transport/worker-transport.js';

declare global {
  interface Window {
    /** The running lab, for the curious (and for the end-to-end tests and the benchmark). */
    mirrorlab?: Lab;
  }
}

const root = document.getElementById('lab');
if (!root) throw new Error('the page has no #lab element');
window.mirrorlab = createLab(root, new WorkerTransport(), window.localStorage);
