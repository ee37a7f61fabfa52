"use client";
// A control's own value that follows the URL without losing what the user did since.
//
// A control writes to the URL, and the URL comes back a moment later, after the server has
// answered. Meanwhile the user may have moved on: pressed the arrow key again, typed more. When an
// older write of ours arrives, the control must keep its newer value; when the URL moves for
// another reason (back, forward, "clear filters"), the control must show it. So the control
// remembers the values it sent that have not come back yet.
import { useState } from "react";

export function useUrlDraft(urlValue: string) {
  const [value, setValue] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  const [inFlight, setInFlight] = useState<string[]>([]);
  if (urlValue !== seen) {
    setSeen(urlValue);
    const ours = inFlight.lastIndexOf(urlValue);
    if (ours === -1) {
      // Someone else moved the URL: show it, and forget our writes that it overtook.
      setInFlight([]);
      setValue(urlValue);
    } else {
      // One of our writes arrived; the later ones are still on their way.
      setInFlight(inFlight.slice(ours + 1));
    }
  }
  /** Call with the value about to be written to the URL (as the URL will hold it). */
  const sending = (sent: string) => {
    if (sent !== urlValue) setInFlight((f) => [...f, sent]);
  };
  return { value, setValue, sending };
}
