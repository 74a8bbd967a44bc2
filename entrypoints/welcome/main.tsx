import { render } from 'preact';
import { WelcomePage } from './WelcomePage.tsx';
import '../../components/base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
