export { startStack, type Stack } from './stack';
export { gatewayClient, DEMO_PASSWORD, type GatewayClient } from './client';
