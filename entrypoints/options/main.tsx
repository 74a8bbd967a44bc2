import { render } from 'preact';
import { OptionsPage } from './OptionsPage.tsx';
import '../../components/base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
