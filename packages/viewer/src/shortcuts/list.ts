/** Every keyboard shortcut and canvas gesture, as the "?" dialog lists them. */
export interface Shortcut {
  keys: string;
  does: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: "?", does: "Show this list" },
  { keys: "Ctrl+Z", does: "Undo" },
  { keys: "Ctrl+Shift+Z / Ctrl+Y", does: "Redo" },
  { keys: "Delete / Backspace", does: "Hide the selected nodes" },
  { keys: "Shift+click", does: "Add a node to the selection" },
  { keys: "Shift+drag on the background", does: "Select the nodes in a box" },
  { keys: "Two nodes selected → Shortest path", does: "Draw the shortest path between them (selection bar)" },
  { keys: "Double-click / right-click a node", does: "Expand it (neighbours by relationship type)" },
  { keys: "Click a node or edge", does: "Its details and raw properties in the side panel" },
  { keys: "Escape", does: "Close a menu or dialog" },
  { keys: "Ctrl+Enter", does: "Run the Cypher query (in the editor)" },
  { keys: ":param name => value", does: "Set a query parameter (in the Cypher editor)" },
  { keys: "← / → (timeline)", does: "Move the time window; Shift widens or narrows it" },
  { keys: "Alt+← / Alt+→", does: "Back / forward through what the side panel showed" },
];
