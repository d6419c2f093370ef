export * from "./events";
export * from "./rules";
export * from "./scores";
export * from "./materials";
export * from "./bonus";
