export function Inspector() {
  return <section className="inspector" aria-label="Properties" />;
}
