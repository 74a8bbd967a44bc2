// The heading of bench/scripted.html, added by the one script file the page loads once it has read
// the page's localStorage. A page whose text depends on stored state must read it before its first
// paint, and localStorage is the only storage an extension page can read without waiting. The first
// read is a round trip to the browser: about 0.5 ms while the extension's renderer process runs, and
// 6-7 ms in a process of its own (bench/unattached.ts, cold). The key is SHOWN_QUESTIONS_KEY
// (store/shownQuestions.ts), which the new tab reads; this file is copied as it is, so it cannot
// import it.
const stored = localStorage.getItem('backtab.shown.v1');
const heading = document.createElement('h1');
heading.setAttribute('elementtiming', 'scripted');
heading.dataset.storedQuestions = stored === null ? 'none' : 'some';
heading.textContent = 'How should an API tell clients they are being rate limited, and how should a client react?';
document.getElementById('app').append(heading);
