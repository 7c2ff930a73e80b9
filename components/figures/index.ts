/**
 * Every lesson figure, by the name a lesson uses (<NameFigure />): one file per lesson, each
 * exporting its figures by name. mdx-components.tsx spreads this map into the one component
 * map. Named imports on purpose: a figure file may be a client module ('use client'), and a
 * server module sees only its named exports (as client references), never an object it built.
 * A figure is drawn from the engine's numbers, server-rendered (it reads without JavaScript)
 * and interactive once hydrated.
 */
import type { ComponentType } from 'react';
import { BatchDartboardFigure } from './mini-batches';
import { ShuffleSawtoothFigure } from './batch-size-and-shuffling';
import { StepFactorFigure } from './sharp-minima';
import { SaddleStallFigure } from './saddle-points';
import { MomentumWeightsFigure } from './ravines-and-momentum';
import { AdaGradRateFigure } from './adagrad';
import { BiasFactorFigure } from './rmsprop-and-adam';
import { BatchNormPairsFigure } from './normalization';
import { PenaltyShapesFigure } from './regularization';
import { TanhSaturationFigure } from './real-network';

export const FIGURES: Readonly<Record<string, ComponentType>> = {
  BatchDartboardFigure,
  ShuffleSawtoothFigure,
  StepFactorFigure,
  SaddleStallFigure,
  MomentumWeightsFigure,
  AdaGradRateFigure,
  BiasFactorFigure,
  BatchNormPairsFigure,
  PenaltyShapesFigure,
  TanhSaturationFigure,
};
