export { HandlingUnitsPage as default } from "./OrgUnitsPage";
