export function App() {
  return <div className="app">claimgraph</div>;
}
