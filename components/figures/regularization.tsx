/** Figures of the lesson "regularization" (registered in index.ts; names end in "Figure"). */
import type { ComponentType } from 'react';

export const figures: Record<string, ComponentType> = {};
