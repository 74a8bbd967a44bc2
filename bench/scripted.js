// The heading of bench/scripted.html, added by the one script file the page loads.
const heading = document.createElement('h1');
heading.setAttribute('elementtiming', 'scripted');
heading.textContent = 'How should an API tell clients they are being rate limited, and how should a client react?';
document.getElementById('app').append(heading);
