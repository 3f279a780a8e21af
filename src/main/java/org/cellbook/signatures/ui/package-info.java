@NullMarked
package org.cellbook.signatures.ui;

import org.jspecify.annotations.NullMarked;
