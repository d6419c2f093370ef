export * from "./machine";
export * from "./fields";
export * from "./schemas";
