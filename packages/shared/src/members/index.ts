export * from "./enums";
export * from "./phone";
export * from "./schemas";
export * from "./fields";
