/** A determinate progress bar (0–1) with a label, announced by its value. */
export function ProgressBar({ label, fraction }: { label: string; fraction: number }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className="transfer-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="transfer-progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
