export { CollectivesPage as default } from "./OrgUnitsPage";
