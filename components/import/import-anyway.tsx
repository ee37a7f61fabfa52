"use client";
// The knowing override of the guards (a repeated handle column, one reason for many rejected rows):
// only after the admin has read the message and ticked the box.
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function ImportAnyway({ busy, onConfirm }: { busy: boolean; onConfirm: () => void }) {
  const [sure, setSure] = useState(false);
  return (
    <div className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="import-anyway">
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={sure} onChange={(e) => setSure(e.target.checked)} />
        <span>Import anyway: I have read the message above and this file and mapping are what I mean to import.</span>
      </label>
      <Button className="mt-2" variant="secondary" disabled={!sure || busy} onClick={onConfirm}>Run the dry run again, anyway</Button>
    </div>
  );
}
