export { pickText, type LanguageMap, type LocalizedText, type PickedText } from './text.js';
