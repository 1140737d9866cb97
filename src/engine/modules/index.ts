/** Importing this file registers every module the engine provides. */
import "./sys";
import "./time";
