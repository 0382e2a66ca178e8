package main

import (
	"context"
	"errors"
)

func runIngest(ctx context.Context, e *env, args []string) error    { return errors.New("not yet") }
func runReextract(ctx context.Context, e *env, args []string) error { return errors.New("not yet") }
func runExport(ctx context.Context, e *env, args []string) error    { return errors.New("not yet") }
func runEval(ctx context.Context, e *env, args []string) error      { return errors.New("not yet") }
