import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo/client';
import { setupI18n } from './i18n';
import { createRouter } from './routes/router';
import { ViewerProvider } from './viewer/ViewerProvider';
import { createSessionMonitor } from './viewer/session-monitor';
import './styles.css';

const i18n = setupI18n();
const session = createSessionMonitor();
// The production build sends trusted-document ids only; the dev server sends whole documents.
const client = createApolloClient({ onSessionEnded: session.ended, persistedDocuments: import.meta.env.PROD });
const router = createRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <ViewerProvider session={session}>
          <RouterProvider router={router} />
        </ViewerProvider>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
