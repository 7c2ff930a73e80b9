/** Figures of the lesson "normalization" (registered in index.ts; names end in "Figure"). */
import type { ComponentType } from 'react';

export const figures: Record<string, ComponentType> = {};
