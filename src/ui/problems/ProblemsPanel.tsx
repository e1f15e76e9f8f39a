export function ProblemsPanel() {
  return <section className="problems" aria-label="Problems" />;
}
