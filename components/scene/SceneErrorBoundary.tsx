'use client';
/**
 * Catches a render error in the 3-D scene (typically a WebGL context that cannot be created),
 * shows a text fallback instead of a blank box, and tells the parent so it can switch to the
 * 2-D map.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link SceneErrorBoundary}. */
export interface SceneErrorBoundaryProps {
  children: ReactNode;
  /** Shown instead of the children after an error. */
  fallback: ReactNode;
  /** Called once with the error. */
  onError?: (error: Error) => void;
}

/** Error boundary around the R3F canvas. */
export class SceneErrorBoundary extends Component<SceneErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
