// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import DefaultTheme from 'vitepress/theme';
import './style.css';

export default DefaultTheme;
