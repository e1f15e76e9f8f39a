export function DesignCanvas() {
  return <div className="design-canvas" />;
}
