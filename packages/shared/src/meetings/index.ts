export * from "./enums";
export * from "./machine";
export * from "./schemas";
