// Types of ./client-address.mjs (plain JavaScript, so that node runs ./serve.mjs directly).
import type { IncomingHttpHeaders } from 'node:http';

export declare const CLIENT_IP_HEADER: 'x-descent-client-ip';
export declare function parseTrustedHops(raw: string | undefined): number;
export declare function normalizeAddress(raw: string | undefined): string | null;
export declare function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string;
export declare function stampClientAddress(headers: IncomingHttpHeaders, socketAddress: string | undefined, hops: number): string;
