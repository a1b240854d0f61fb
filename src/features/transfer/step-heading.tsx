import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a step of a flow (progress, preview, summary). It takes focus when the step
 * appears, so keyboard and screen-reader users land on what just changed.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h3 ref={ref} tabIndex={-1} className="transfer-step-heading">
      {children}
    </h3>
  );
}
