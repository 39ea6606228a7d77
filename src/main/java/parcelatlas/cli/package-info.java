/** The command line: {@code serve}, {@code import} and {@code demo}, each with {@code --help}. */
package parcelatlas.cli;
