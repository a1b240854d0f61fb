import { useRef, type ReactNode } from 'react';
import { useFocusOnAppear } from '../../components/use-focus-on-appear';

/**
 * The heading of a step of a flow (progress, preview, summary). It takes focus when the step
 * appears, so keyboard and screen-reader users land on what just changed.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnAppear(ref);
  return (
    <h3 ref={ref} tabIndex={-1} className="transfer-step-heading">
      {children}
    </h3>
  );
}
