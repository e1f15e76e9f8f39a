export function Toolbar() {
  return <header className="toolbar" role="toolbar" aria-label="Design tools" />;
}
