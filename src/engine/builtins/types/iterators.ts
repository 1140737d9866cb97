/** The protocol methods of the native iterator types, and reprs of the singletons. */
import { EllipsisType, IterTypes, NoneType, NotImplementedType } from "../../runtime/types";
import { addIterProtocol } from "../functionsUtil";
import { def0 } from "./util";

let done = false;
/** Install iterator and singleton methods (idempotent). */
export function installIterators(): void {
  if (done) return;
  done = true;
  for (const t of Object.values(IterTypes)) addIterProtocol(t);
  def0(NoneType, "__repr__", () => "None");
  def0(NoneType, "__bool__", () => false);
  def0(EllipsisType, "__repr__", () => "Ellipsis");
  def0(NotImplementedType, "__repr__", () => "NotImplemented");
}
