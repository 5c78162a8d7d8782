import { autocompletion } from "@codemirror/autocomplete";
import { EditorSelection } from "@codemirror/state";
import { EditorView, keymap, tooltips } from "@codemirror/view";
import { basicSetup } from "codemirror";
import { useEffect, useRef } from "react";
import type { SchemaResponse } from "../../shared/api/contract.js";
import { cypherCompletion, cypherLanguage } from "../query/cypher-language.js";
import { cypherHighlight } from "../query/highlight.js";

export interface CypherEditorProps {
  value: string;
  schema: SchemaResponse | null;
  /** Moves the cursor here (e.g. to an error's offset) when it changes. */
  cursorAt: number | null;
  onChange(value: string): void;
  onRun(): void;
}

export function CypherEditor(props: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      doc: latest.current.value,
      extensions: [
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              latest.current.onRun();
              return true;
            },
          },
        ]),
        basicSetup,
        cypherLanguage,
        cypherHighlight,
        // The editable area is a textbox to assistive technology: it needs a name of its own.
        EditorView.contentAttributes.of({ "aria-label": "Cypher query" }),
        autocompletion({ override: [cypherCompletion(() => latest.current.schema)] }),
        // Tooltips (the completion list) live in <body>, placed within the window: inside the side
        // panel they overflowed it and were cut by its scrolling.
        tooltips({ parent: document.body, position: "fixed" }),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current.onChange(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // Outside changes (an example, the history) replace the text.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== props.value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: props.value } });
    }
  }, [props.value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || props.cursorAt === null) return;
    const at = Math.min(props.cursorAt, editor.state.doc.length);
    editor.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
    editor.focus();
  }, [props.cursorAt]);

  return <div className="cypher-editor" ref={host} data-testid="cypher-editor" />;
}
