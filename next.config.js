/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  agentRules: false,
  // pdfkit reads its font metrics from files beside its code at run time: load it from node_modules.
  serverExternalPackages: ['pdfkit'],
};

export default nextConfig;
