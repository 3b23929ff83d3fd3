'use client';

import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';

export default function Scalar() {
  return (
    <ApiReferenceReact
      configuration={{
        url: '/api/openapi.json',
        withDefaultFonts: false, // fonts would come from a CDN
        showDeveloperTools: 'never',
        agent: { disabled: true }, // the hosted AI chat would call out to scalar.com
        mcp: { disabled: true },
        darkMode: false,
        hideDarkModeToggle: true,
        layout: 'modern',
        defaultOpenFirstTag: true,
      }}
    />
  );
}
