/** Where story feed links point when PUBLIC_WEB_URL is not set: the web client under `npm start`. */
export const DEFAULT_PUBLIC_WEB_URL = 'http://localhost:5173';
