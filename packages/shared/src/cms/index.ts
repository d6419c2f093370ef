export * from "./machine";
export * from "./fields";
export * from "./schemas";
export * from "./assets";
export * from "./checks";
export * from "./scores";
