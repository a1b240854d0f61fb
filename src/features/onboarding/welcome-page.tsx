export default function Placeholder() {
  return <section className="page" />;
}
