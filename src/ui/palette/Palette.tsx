export function Palette() {
  return <nav className="palette" aria-label="Palette" />;
}
